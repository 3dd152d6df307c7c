using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace LeadPlatform.Api.Http;

/// <summary>
/// Refuses a mutation operation with more than <see cref="GatewayLimits.MaxMutationFields"/> root fields (aliases and
/// fragments included) before any of them runs. Found by the hardening fuzzer: an alias bomb of 300 addEmployee
/// passed the complexity budget, ran past the request timeout and answered UNAVAILABLE after adding most of them.
/// </summary>
public sealed class MaxMutationFieldsRule(int maxFields) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Mutation)
        {
            var count = Count(operation.SelectionSet, context.Document, depth: 0);
            if (count > maxFields)
                context.ReportError(new ValidationError(context.Document.Source, "max-mutation-fields",
                    $"A request may run at most {maxFields} mutations; this one has {count}. Send them in several requests.", operation));
        }
        return default;
    }

    /// <summary>Root fields, counting through fragments (a fragment cycle is another rule's error; depth stops it here).</summary>
    private static int Count(GraphQLSelectionSet selections, GraphQLDocument document, int depth)
    {
        if (depth > 10) return 0;
        var count = 0;
        foreach (var selection in selections.Selections)
        {
            count += selection switch
            {
                GraphQLField => 1,
                GraphQLInlineFragment inline => Count(inline.SelectionSet, document, depth + 1),
                GraphQLFragmentSpread spread when document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment =>
                    Count(fragment.SelectionSet, document, depth + 1),
                _ => 0,
            };
        }
        return count;
    }
}
