using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using LeadPlatform.Api.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests.Robustness;

/// <summary>
/// The gateway's validator gives, for a request without rules (a cached document), what GraphQL for .NET's own
/// validator gives with no rules: the same coerced variables, the same parsed arguments, the same errors. Compared
/// side by side on the gateway's schema, for valid and wrong variables, fragments, directives and input objects.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PreparedDocumentValidatorTests(HostFixture fixture)
{
    private const string EmployeeWithAdvice =
        "query($id: ID!) { employee(id: $id) { id name currentRecommendation(task: \"Klantgesprekken\") { style directive } } }";

    private ISchema Schema => fixture.Host.Services.GetRequiredService<ISchema>();

    [Fact]
    public void The_gateway_validates_with_it()
    {
        Assert.IsType<PreparedDocumentValidator>(fixture.Host.Services.GetRequiredService<IDocumentValidator>());
    }

    [Theory]
    [InlineData(EmployeeWithAdvice, """{ "id": "org-a/emp-1" }""")]
    [InlineData("query($c: Competence!) { recommendStyle(competence: $c, commitment: HIGH) { style } }", """{ "c": "LOW" }""")]
    [InlineData("query($c: Competence!, $crisis: Boolean) { recommendStyle(competence: $c, commitment: LOW, crisis: $crisis) { style } }", """{ "c": "HIGH" }""")]
    [InlineData("query($id: ID!) { ...F } fragment F on Query { employee(id: $id) { ... on Employee { currentRecommendation(task: \"x\") { style } } } team(id: $id) { id } }", """{ "id": "org-a/team-1" }""")]
    [InlineData("query($id: ID = \"org-a/emp-2\") { employee(id: $id) { id } }", "{}")]
    [InlineData("{ me { role } }", "{}")]
    [InlineData("mutation($o: ID!, $p: ProgrammeInput!) { recordProgramme(organisationId: $o, input: $p) { id } }",
        """{ "o": "org-a", "p": { "name": "P", "trainingDates": ["2026-12-01"], "tracks": [{ "managerId": "org-a/mgr-1", "track": "TRAINING_ONLY" }] } }""")]
    public async Task A_valid_request_gets_the_librarys_variables_and_arguments(string query, string variables)
    {
        var (ours, library) = await BothAsync(query, variables);
        Assert.True(library.IsValid, string.Join("; ", library.Errors.Select(e => e.Message)));
        AssertSame(library, ours);
    }

    [Theory]
    [InlineData(EmployeeWithAdvice, "{}")]
    [InlineData(EmployeeWithAdvice, """{ "id": null }""")]
    [InlineData(EmployeeWithAdvice, """{ "id": { "nested": 1 } }""")]
    [InlineData("query($c: Competence!) { recommendStyle(competence: $c, commitment: HIGH) { style } }", """{ "c": "VERY_LOW" }""")]
    [InlineData("query($c: Competence!) { recommendStyle(competence: $c, commitment: HIGH) { style } }", """{ "c": 3 }""")]
    // A nullable variable where the argument needs a value: the library reads the usage and refuses null.
    [InlineData("query($id: ID) { employee(id: $id) { id } }", """{ "id": null }""")]
    [InlineData("query { recommendStyle(competence: NOT_A_LEVEL, commitment: HIGH) { style } }", "{}")]
    [InlineData("mutation($o: ID!, $p: ProgrammeInput!) { recordProgramme(organisationId: $o, input: $p) { id } }",
        """{ "o": "org-a", "p": { "name": "P", "trainingDates": ["2026-12-01"], "tracks": [{ "managerId": "org-a/mgr-1", "track": "NOPE" }] } }""")]
    [InlineData("mutation($o: ID!, $p: ProgrammeInput!) { recordProgramme(organisationId: $o, input: $p) { id } }",
        """{ "o": "org-a", "p": { "name": "P", "unknown": 1 } }""")]
    public async Task A_wrong_request_gets_the_librarys_errors(string query, string variables)
    {
        var (ours, library) = await BothAsync(query, variables);
        Assert.False(library.IsValid);
        AssertSame(library, ours);
    }

    [Fact]
    public async Task An_operation_with_a_directive_gets_the_librarys_answer()
    {
        const string query = "query($id: ID!, $more: Boolean!) { employee(id: $id) { id name @include(if: $more) } }";
        var (ours, library) = await BothAsync(query, """{ "id": "org-a/emp-1", "more": true }""");
        AssertSame(library, ours);
        Assert.NotNull(ours.DirectiveValues);
    }

    [Fact]
    public async Task Requests_validated_at_the_same_time_each_get_their_own_variables()
    {
        var validator = new PreparedDocumentValidator();
        var document = GraphQLParser.Parser.Parse(EmployeeWithAdvice);
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            var result = await ValidateAsync(validator, document, $$"""{ "id": "org-a/emp-{{i}}" }""", []);
            return (Id: $"org-a/emp-{i}", Got: result.Variables!.ValueFor("id", out var value) ? value.Value : null);
        })));
        Assert.All(results, result => Assert.Equal(result.Id, result.Got));
    }

    [Fact]
    public async Task A_request_with_rules_is_validated_by_them()
    {
        // An unknown field is only caught by the rules: given them, the validator must run them.
        var document = GraphQLParser.Parser.Parse("{ me { noSuchField } }");
        var result = await ValidateAsync(new PreparedDocumentValidator(), document, "{}", DocumentValidator.CoreRules);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, error => error.Message.Contains("noSuchField"));
    }

    private async Task<(IValidationResult Ours, IValidationResult Library)> BothAsync(string query, string variables)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var validator = new PreparedDocumentValidator();
        // Twice: the first request prepares the operation, the second uses what was prepared.
        await ValidateAsync(validator, document, variables, []);
        var ours = await ValidateAsync(validator, document, variables, []);
        var library = await ValidateAsync(new DocumentValidator(), document, variables, []);
        return (ours, library);
    }

    private Task<IValidationResult> ValidateAsync(IDocumentValidator validator, GraphQLDocument document, string variables, IEnumerable<IValidationRule> rules)
    {
        Schema.Initialize();
        return validator.ValidateAsync(new ValidationOptions
        {
            Schema = Schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
            Rules = rules,
            Variables = new GraphQLSerializer().Deserialize<Inputs>(variables) ?? Inputs.Empty,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
        });
    }

    private static void AssertSame(IValidationResult expected, IValidationResult actual)
    {
        Assert.Equal(expected.IsValid, actual.IsValid);
        Assert.Equal(expected.Errors.Select(Describe), actual.Errors.Select(Describe));
        Assert.Equal(Describe(expected.Variables), Describe(actual.Variables));
        Assert.Equal(Describe(expected.ArgumentValues), Describe(actual.ArgumentValues));
    }

    private static string Describe(ExecutionError error) =>
        $"{error.Code} {error.Message} at {string.Join(",", error.Locations?.Select(l => $"{l.Line}:{l.Column}") ?? [])}";

    private static string Describe(GraphQL.Validation.Variables? variables) =>
        string.Join("; ", (variables ?? GraphQL.Validation.Variables.None).Select(v => $"{v.Name}={Json(v.Value)} default={v.IsDefault} specified={v.ValueSpecified}"));

    private static string Describe(IReadOnlyDictionary<GraphQLField, IDictionary<string, GraphQL.Execution.ArgumentValue>>? arguments) =>
        string.Join("; ", (arguments ?? new Dictionary<GraphQLField, IDictionary<string, GraphQL.Execution.ArgumentValue>>())
            .OrderBy(field => field.Key.Location.Start)
            .Select(field => $"{field.Key.Name.StringValue}@{field.Key.Location.Start}("
                             + string.Join(", ", field.Value.OrderBy(a => a.Key).Select(a => $"{a.Key}={Json(a.Value.Value)}/{a.Value.Source}")) + ")"));

    private static string Json(object? value) => System.Text.Json.JsonSerializer.Serialize(value);
}
