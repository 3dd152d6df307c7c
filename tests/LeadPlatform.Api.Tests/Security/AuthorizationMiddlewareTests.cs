using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Http;
using LeadPlatform.Api.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests.Security;

/// <summary>
/// The middleware on a schema of its own. What it does for a field (a root field, a plain leaf, a policy) is worked out
/// on the field's first use and kept: these check that what is kept refuses what it should, whatever came first.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AuthorizationMiddlewareTests(HostFixture fixture)
{
    private static readonly AccessPolicy ManagersOnly = new("managers", new HashSet<Role> { Role.Manager });
    private static readonly AccessPolicy AdminsOnly = new("admins", new HashSet<Role> { Role.PlatformAdmin });

    [Fact]
    public async Task A_root_field_without_a_policy_is_refused_whether_or_not_plain_leaves_were_resolved_before()
    {
        var schema = Schema();

        var nestedFirst = await Execute(schema, "{ thing { label } }");
        Assert.Null(nestedFirst.Errors);
        var rootAfter = await Execute(schema, "{ open }");
        Assert.Equal("'open' declares no access policy.", Forbidden(rootAfter).Message);
        Assert.Equal("'open' declares no access policy.", Forbidden(await Execute(Schema(), "{ open }")).Message);
    }

    [Fact]
    public async Task Policies_are_enforced_at_the_root_and_on_nested_fields()
    {
        var schema = Schema();

        Assert.Contains("may not use 'adminOnly'", Forbidden(await Execute(schema, "{ adminOnly }")).Message);
        var nested = await Execute(schema, "{ thing { label secret } }");
        Assert.Contains("may not use 'secret'", Forbidden(nested).Message);
        Assert.Equal(["thing", "secret"], Assert.Single(nested.Errors!).Path!.Select(p => p.ToString()!));
    }

    /// <summary>Every resolver returns arrays today; a list must not slip past the filter the day one returns a <c>List&lt;T&gt;</c>.</summary>
    [Theory]
    [InlineData("asArray")]
    [InlineData("asList")]
    [InlineData("asEnumerable")]
    public async Task Entity_lists_are_filtered_to_what_the_caller_may_see_whatever_collection_holds_them(string field)
    {
        var result = await Execute(Schema(), $"{{ {field} {{ id }} }}");

        Assert.Null(result.Errors);
        var answer = System.Text.Json.JsonDocument.Parse(new GraphQL.SystemTextJson.GraphQLSerializer().Serialize(result)).RootElement;
        Assert.Equal(["org-test"], answer.GetProperty("data").GetProperty(field).EnumerateArray().Select(item => item.GetProperty("id").GetString()));
    }

    /// <summary>
    /// An audited change that is made and stored, whose audit entry cannot be written: answered with its result and an
    /// UNAVAILABLE error that says so. Failing it would report a change that happened as not made, and many cannot be repeated.
    /// </summary>
    [Fact]
    public async Task A_change_whose_audit_entry_cannot_be_written_is_answered_and_says_the_entry_is_missing()
    {
        var result = await Execute(Schema(), "{ audited }");

        Assert.Equal("done", System.Text.Json.JsonDocument.Parse(new GraphQL.SystemTextJson.GraphQLSerializer().Serialize(result))
            .RootElement.GetProperty("data").GetProperty("audited").GetString());
        var error = Assert.Single(result.Errors!);
        Assert.Equal("UNAVAILABLE", error.Code);
        Assert.Contains("'audited' was done, but its audit log entry could not be written", error.Message);
    }

    private static PlatformException Forbidden(ExecutionResult result)
    {
        var refusal = Assert.IsType<PlatformException>(Assert.Single(result.Errors!).InnerException);
        Assert.Equal(PlatformErrorCode.Forbidden, refusal.Code);
        return refusal;
    }

    /// <summary>Query { open, adminOnly, thing: Thing (managers) } with Thing { label (a plain leaf), secret (admins) }.</summary>
    private static ISchema Schema()
    {
        var thing = new ObjectGraphType { Name = "Thing" };
        thing.Field<StringGraphType>("label").Resolve(_ => "a label");
        thing.Field<StringGraphType>("secret").Resolve(_ => "a secret").Authorize(AdminsOnly);
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("open").Resolve(_ => "anyone");
        query.Field<StringGraphType>("adminOnly").Resolve(_ => "admins").Authorize(AdminsOnly);
        query.AddField(new FieldType { Name = "thing", ResolvedType = thing, Resolver = new GraphQL.Resolvers.FuncFieldResolver<object>(_ => new object()) })
            .WithMetadata(AccessPolicy.MetadataKey, ManagersOnly);
        // Its target names no tenant, so appending to a tenant's audit log fails (as a store that is down would).
        query.Field<StringGraphType>("audited").Resolve(_ => "done").Authorize(ManagersOnly)
            .WithMetadata(LeadPlatform.Api.Audit.AuditRule.MetadataKey, new LeadPlatform.Api.Audit.AuditRule((_, _) => "/no-tenant"));
        var organisation = new ObjectGraphType { Name = "Organisation" };
        organisation.Field<StringGraphType>("id").Resolve(c => ((OrganisationInfo)c.Source!).Id);
        OrganisationInfo[] both = [Organisation("org-test"), Organisation("org-foreign")];
        query.Field("asArray", new ListGraphType(organisation)).Resolve(_ => both).Authorize(ManagersOnly);
        query.Field("asList", new ListGraphType(organisation)).Resolve(_ => both.ToList()).Authorize(ManagersOnly);
        query.Field("asEnumerable", new ListGraphType(organisation)).Resolve(_ => both.Select(o => o)).Authorize(ManagersOnly);
        var schema = new GraphQL.Types.Schema { Query = query };
        schema.FieldMiddleware.Use(new AuthorizationMiddleware());
        return schema;
    }

    private static OrganisationInfo Organisation(string id) => new(id, id, null, [], DateTimeOffset.UnixEpoch);

    private async Task<ExecutionResult> Execute(ISchema schema, string query)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = query;
            options.RequestServices = scope.ServiceProvider;
            options.UserContext = GatewayUserContext.For(new Principal("org-test", Role.Manager, "org-test/mgr-test"), scope.ServiceProvider);
        });
    }
}
