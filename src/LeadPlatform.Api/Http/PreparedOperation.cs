using System.Collections.Concurrent;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace LeadPlatform.Api.Http;

/// <summary>
/// What coercing a request's variables and parsing its arguments needs of one operation, worked out once: the fields
/// that take arguments (<see cref="ArgumentFields"/>), and validation contexts that already know where the operation
/// uses its variables. The library's <see cref="ValidationContext.GetVariablesValuesAsync"/> finds those usages with a
/// walk of the document (11 % of the host's CPU reading one employee), but keeps them in its context: a context kept
/// here with its operation coerces the next request's variables, by the library's own code, without that walk.
/// </summary>
public sealed class PreparedOperation
{
    /// <summary>Enough for the requests that coerce at the same moment; a request finding none left primes a new one.</summary>
    private const int KeptContexts = 8;

    private readonly ISchema schema;
    private readonly GraphQLDocument document;
    private readonly GraphQLOperationDefinition operation;
    private readonly IReadOnlyList<(GraphQLField Field, FieldType Definition)> argumentFields;
    private readonly ConcurrentBag<ValidationContext> contexts = [];

    private PreparedOperation(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation,
        IReadOnlyList<(GraphQLField, FieldType)> argumentFields)
    {
        this.schema = schema;
        this.document = document;
        this.operation = operation;
        this.argumentFields = argumentFields;
    }

    /// <summary>The prepared operation, or <see langword="null"/> when it uses directives (see <see cref="ArgumentFields.Of"/>).</summary>
    public static PreparedOperation? Prepare(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation) =>
        ArgumentFields.Of(schema, document, operation) is { } fields ? new PreparedOperation(schema, document, operation, fields) : null;

    public bool IsFor(ISchema requestSchema, GraphQLDocument requestDocument) => schema == requestSchema && document == requestDocument;

    /// <summary>
    /// Coerces <paramref name="inputs"/> to the operation's variables and parses every field's arguments with them, as
    /// the library's validator does when it is given no rules: the same values, the same errors, in the same order.
    /// </summary>
    public async Task<IValidationResult> CoerceAsync(GraphQL.Inputs inputs)
    {
        if (!contexts.TryTake(out var context)) context = NewContext();
        Variables variables;
        List<ValidationError>? errors;
        try
        {
            context.Variables = inputs;
            (variables, errors) = await context.GetVariablesValuesAsync();
        }
        finally
        {
            context.Variables = null!;
            if (contexts.Count < KeptContexts) contexts.Add(context);
        }
        if (errors is { Count: > 0 }) return new ValidationResult(errors) { Variables = variables };

        var arguments = ParseArguments(variables, out errors);
        return new ValidationResult(errors ?? []) { Variables = variables, ArgumentValues = arguments };
    }

    private Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? ParseArguments(Variables variables, out List<ValidationError>? errors)
    {
        errors = null;
        Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? values = null;
        foreach (var (field, definition) in argumentFields)
        {
            try
            {
                if (ExecutionHelper.GetArguments(definition.Arguments, field.Arguments, variables, document, field, null) is { } parsed)
                    (values ??= [])[field] = parsed;
            }
            catch (ValidationError error)
            {
                (errors ??= []).Add(error);
            }
        }
        return values;
    }

    /// <summary>A context for this operation that has found its variable usages (the walk this class saves the other requests).</summary>
    private ValidationContext NewContext()
    {
        var context = new ValidationContext { Schema = schema, Document = document, Operation = operation };
        context.GetRecursiveVariables(operation);
        return context;
    }
}
