using System.Buffers;
using GraphQL;
using LeadPlatform.Api.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests.Robustness;

/// <summary>The endpoint's way of writing an answer into the response's pipe writes what the library's serializer writes.</summary>
[Collection(HostCollection.Name)]
public sealed class GatewaySerializerTests(HostFixture fixture)
{
    [Fact]
    public async Task An_answer_written_into_a_buffer_is_the_librarys_json_of_it()
    {
        var services = fixture.Host.Services;
        var executed = await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options =>
        {
            options.Schema = services.GetRequiredService<GraphQL.Types.ISchema>();
            options.Query = "{ recommendStyle(competence: LOW, commitment: HIGH) { style } }";
            options.RequestServices = services;
        });
        var built = new ExecutionResult
        {
            Executed = true,
            Data = new Dictionary<string, object?> { ["employee"] = new Dictionary<string, object?> { ["id"] = "org-a/emp-1", ["name"] = "Zoë \"Z\" <b>", ["n"] = 3 } },
            Errors = [new ExecutionError("Nothing found for 'employee' with these arguments.") { Code = "NOT_FOUND" }],
        };

        foreach (var result in new[] { executed, built })
        {
            var buffer = new ArrayBufferWriter<byte>();
            services.GetRequiredService<GatewaySerializer>().Write(buffer, result);
            var expected = services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
        Assert.Contains("NOT_FOUND", services.GetRequiredService<IGraphQLTextSerializer>().Serialize(built));
    }
}
