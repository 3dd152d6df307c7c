using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace LeadPlatform.Api.Http;

/// <summary>
/// The fields of one operation that take arguments, each with its definition in the schema: what GraphQL for .NET's
/// <c>DocumentValidator</c> finds by walking the document on every request (its private <c>ParseArgumentVisitor</c>),
/// found once. The walk is the library's: the operation's root type, fragments followed once each, a field's own type
/// for its selections (a union's selections stay on the parent type), fields the schema does not know skipped.
/// </summary>
public static class ArgumentFields
{
    /// <summary>
    /// The fields with arguments, in the library's order; <see langword="null"/> when a node of the operation carries a
    /// directive (the library parses directive arguments too; such a request takes the library's own path).
    /// </summary>
    public static IReadOnlyList<(GraphQLField Field, FieldType Definition)>? Of(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        if (HasDirectives(operation) || operation.Variables?.Items.Any(variable => HasDirectives(variable)) == true) return null;
        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => null,
        };
        var walk = new Walk(schema, document);
        if (root is not null && !walk.Selections(operation.SelectionSet, root)) return null;
        return walk.Found;
    }

    private static bool HasDirectives(IHasDirectivesNode node) => node.Directives is { Count: > 0 };

    private sealed class Walk(ISchema schema, GraphQLDocument document)
    {
        private readonly HashSet<string> visitedFragments = [];

        public List<(GraphQLField, FieldType)> Found { get; } = [];

        /// <summary>False when a directive was met.</summary>
        public bool Selections(GraphQLSelectionSet? selections, IComplexGraphType? type)
        {
            foreach (var selection in selections?.Selections ?? [])
            {
                if (selection is IHasDirectivesNode node && HasDirectives(node)) return false;
                var complete = selection switch
                {
                    GraphQLField field => Field(field, type),
                    GraphQLInlineFragment inline => inline.TypeCondition is null
                        ? Selections(inline.SelectionSet, type)
                        : Fragment(inline.TypeCondition, inline.SelectionSet, type),
                    GraphQLFragmentSpread spread => Spread(spread, type),
                    _ => true,
                };
                if (!complete) return false;
            }
            return true;
        }

        private bool Field(GraphQLField field, IComplexGraphType? type)
        {
            var name = field.Name.StringValue;
            var definition = name == schema.TypeMetaFieldType.Name ? schema.TypeMetaFieldType
                : name == schema.TypeNameMetaFieldType.Name ? schema.TypeNameMetaFieldType
                : name == schema.SchemaMetaFieldType.Name ? schema.SchemaMetaFieldType
                : type?.Fields.Find(name);
            if (definition is null) return true;
            if (field.Arguments is { Count: > 0 }) Found.Add((field, definition));
            return definition.ResolvedType?.GetNamedType() switch
            {
                IComplexGraphType complex => Selections(field.SelectionSet, complex),
                UnionGraphType => Selections(field.SelectionSet, type),
                _ => true,
            };
        }

        private bool Spread(GraphQLFragmentSpread spread, IComplexGraphType? type)
        {
            if (!visitedFragments.Add(spread.FragmentName.Name.StringValue)) return true;
            if (document.FindFragmentDefinition(spread.FragmentName.Name.Value) is not { } fragment) return true;
            if (HasDirectives(fragment)) return false;
            return Fragment(fragment.TypeCondition, fragment.SelectionSet, type);
        }

        private bool Fragment(GraphQLTypeCondition condition, GraphQLSelectionSet? selections, IComplexGraphType? type) =>
            schema.AllTypes[condition.Type.Name.Value]?.GetNamedType() switch
            {
                IComplexGraphType complex => Selections(selections, complex),
                IAbstractGraphType => Selections(selections, type),
                _ => true,
            };
    }
}
