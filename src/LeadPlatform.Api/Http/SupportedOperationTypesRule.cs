using GraphQL.Validation;
using GraphQLParser.AST;

namespace LeadPlatform.Api.Http;

/// <summary>
/// Refuses an operation whose type the schema does not have (this schema has no subscriptions) as a document
/// error, before the complexity analyser runs: that analyser throws on such an operation, which surfaced as an
/// INTERNAL error (found by the hardening fuzzer).
/// </summary>
public sealed class SupportedOperationTypesRule : ValidationRuleBase
{
    public static readonly SupportedOperationTypesRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        var supported = operation.Operation switch
        {
            OperationType.Query => context.Schema.Query is not null,
            OperationType.Mutation => context.Schema.Mutation is not null,
            OperationType.Subscription => context.Schema.Subscription is not null,
            _ => false,
        };
        if (!supported)
            context.ReportError(new ValidationError(context.Document.Source, "5.2.0", $"This API has no {operation.Operation.ToString().ToLowerInvariant()} operations.", operation));
        return default;
    }
}
