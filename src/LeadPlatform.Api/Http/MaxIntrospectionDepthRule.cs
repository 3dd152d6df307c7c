using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace LeadPlatform.Api.Http;

/// <summary>
/// Refuses introspection that nests the schema's list fields (<c>fields</c>, <c>args</c>, <c>inputFields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c>) <see cref="MaxNesting"/> deep or more, as graphql-js does. The complexity
/// analyser guesses 3 items per list where a type has dozens of fields, so <c>fields { type { fields { type { fields … } } } }</c>
/// fitted the depth and complexity limits and answered millions of nodes. The standard introspection query nests two
/// (<c>fields { args }</c>) and passes.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRuleBase
{
    public const int MaxNesting = 3;

    public static readonly MaxIntrospectionDepthRule Instance = new();

    private static readonly HashSet<string> SchemaLists = ["fields", "args", "inputFields", "interfaces", "possibleTypes"];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (var root in RootFields(context.Operation.SelectionSet, context.Document, []))
            if (root.Name.StringValue is "__schema" or "__type" && TooDeep(root.SelectionSet, context.Document, [], nesting: 0))
            {
                context.ReportError(new ValidationError(context.Document.Source, "max-introspection-depth",
                    $"Introspection may nest fields, args, inputFields, interfaces and possibleTypes at most {MaxNesting - 1} deep. " +
                    "The whole schema is at GET /graphql/schema.graphql.", root));
                break;
            }
        return default;
    }

    private static IEnumerable<GraphQLField> RootFields(GraphQLSelectionSet selections, GraphQLDocument document, HashSet<string> visited)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case var other when Inner(other, document, visited) is { } inner:
                    foreach (var field in RootFields(inner, document, visited)) yield return field;
                    break;
            }
        }
    }

    private static bool TooDeep(GraphQLSelectionSet? selections, GraphQLDocument document, HashSet<string> visited, int nesting)
    {
        if (selections is null) return false;
        foreach (var selection in selections.Selections)
        {
            if (selection is GraphQLField field)
            {
                var deeper = SchemaLists.Contains(field.Name.StringValue) ? nesting + 1 : nesting;
                if (deeper >= MaxNesting || TooDeep(field.SelectionSet, document, visited, deeper)) return true;
            }
            else if (Inner(selection, document, visited) is { } inner)
            {
                var tooDeep = TooDeep(inner, document, visited, nesting);
                if (selection is GraphQLFragmentSpread spread) visited.Remove(spread.FragmentName.Name.StringValue);
                if (tooDeep) return true;
            }
        }
        return false;
    }

    /// <summary>The selections of an inline fragment or a spread fragment; a fragment already on the path (a cycle, another rule's error) gives none.</summary>
    private static GraphQLSelectionSet? Inner(ASTNode selection, GraphQLDocument document, HashSet<string> visited) => selection switch
    {
        GraphQLInlineFragment inline => inline.SelectionSet,
        GraphQLFragmentSpread spread when visited.Add(spread.FragmentName.Name.StringValue) =>
            document.FindFragmentDefinition(spread.FragmentName.Name.StringValue)?.SelectionSet,
        _ => null,
    };
}
