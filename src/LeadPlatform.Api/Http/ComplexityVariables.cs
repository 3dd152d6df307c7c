using GraphQLParser.AST;

namespace LeadPlatform.Api.Http;

/// <summary>
/// Whether the depth and complexity of a document can change with its variables. The library's complexity analysis
/// (<c>ComplexityOptions.DefaultComplexityImpactDelegate</c>; the schema declares no impact of its own) reads three
/// argument values: <c>first</c> and <c>last</c> as list sizes, and whether <c>id</c> is given; and <c>@skip</c>/<c>@include</c>
/// decide which fields count. A document that passes none of these a variable (a non-null variable for <c>id</c> is
/// always given) has the same complexity for every request, so it need not be analysed again once it passed.
/// Conservative: any variable in a directive, or in <c>first</c>/<c>last</c> of any field, counts as a dependency.
/// </summary>
public static class ComplexityVariables
{
    public static bool AffectComplexity(GraphQLDocument document)
    {
        var nonNullVariables = NonNullVariables(document);
        foreach (var definition in document.Definitions)
        {
            var affected = definition switch
            {
                GraphQLOperationDefinition operation => InDirectives(operation.Directives) || InSelections(operation.SelectionSet, nonNullVariables),
                GraphQLFragmentDefinition fragment => InDirectives(fragment.Directives) || InSelections(fragment.SelectionSet, nonNullVariables),
                _ => false,
            };
            if (affected) return true;
        }
        return false;
    }

    private static bool InSelections(GraphQLSelectionSet? selections, HashSet<string> nonNullVariables)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            var affected = selection switch
            {
                GraphQLField field => InDirectives(field.Directives) || InArguments(field.Arguments, nonNullVariables)
                                      || InSelections(field.SelectionSet, nonNullVariables),
                GraphQLInlineFragment inline => InDirectives(inline.Directives) || InSelections(inline.SelectionSet, nonNullVariables),
                GraphQLFragmentSpread spread => InDirectives(spread.Directives),
                _ => true,
            };
            if (affected) return true;
        }
        return false;
    }

    private static bool InArguments(GraphQLArguments? arguments, HashSet<string> nonNullVariables)
    {
        foreach (var argument in arguments?.Items ?? [])
        {
            var name = argument.Name.StringValue;
            if ((name is "first" or "last") && HasVariable(argument.Value)) return true;
            if (name == "id" && HasVariable(argument.Value)
                && !(argument.Value is GraphQLVariable variable && nonNullVariables.Contains(variable.Name.StringValue)))
                return true;
        }
        return false;
    }

    private static bool InDirectives(GraphQLDirectives? directives)
    {
        foreach (var directive in directives?.Items ?? [])
        foreach (var argument in directive.Arguments?.Items ?? [])
            if (HasVariable(argument.Value)) return true;
        return false;
    }

    private static bool HasVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HasVariable) == true,
        GraphQLObjectValue obj => obj.Fields?.Any(field => HasVariable(field.Value)) == true,
        _ => false,
    };

    /// <summary>Variables declared non-null in every operation that declares them (such a variable is always given).</summary>
    private static HashSet<string> NonNullVariables(GraphQLDocument document)
    {
        var nonNull = new HashSet<string>();
        var nullable = new HashSet<string>();
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        foreach (var variable in operation.Variables?.Items ?? [])
            (variable.Type is GraphQLNonNullType && variable.DefaultValue is null ? nonNull : nullable).Add(variable.Variable.Name.StringValue);
        nonNull.ExceptWith(nullable);
        return nonNull;
    }
}
