using System.Text;

namespace LeadPlatform.Api.Tests.Hardening.Schema;

/// <summary>Where an argument value goes: the field it belongs to and how deep in the document it sits (0 = root field).</summary>
public sealed record ArgumentSite(string ParentType, Field Field, Argument Argument, int Depth);

/// <summary>One argument passed as a variable.</summary>
public sealed record VariableSlot(string Name, ArgumentSite Site);

/// <summary>A valid operation generated from the schema: the document, its variables and where each variable goes.</summary>
public sealed record GeneratedOperation(string Operation, IReadOnlyList<string> Path, string Document, Dictionary<string, object?> Variables,
    IReadOnlyList<VariableSlot> Slots)
{
    public string RootField => Path[0];
}

/// <summary>One step of a path from a root type down to a field: the type that declares the field, and the field.</summary>
public sealed record PathStep(string ParentType, Field Field);

/// <summary>
/// Builds valid operations from the schema: a root field (or a path of fields down to a nested one), every
/// required argument (and the optional ones the value provider wants) as a variable, and a selection set
/// walked from the last field's type: every field, or a random subset, down to a depth.
/// </summary>
public sealed class OperationBuilder(SchemaModel schema)
{
    /// <summary>Returned by a value provider to leave an optional argument out.</summary>
    public static readonly object Omit = new();

    public GeneratedOperation Build(string operation, Field root, Func<ArgumentSite, object?> values, int maxDepth, Random? random = null) =>
        Build(operation, [new PathStep(RootType(operation), root)], values, maxDepth, random);

    /// <param name="path">Fields from the root type down to the field of interest; the fields above it select only the next step.</param>
    /// <param name="values">The value of each argument (or <see cref="Omit"/> for an optional one).</param>
    /// <param name="maxDepth">How many object levels below the last field are selected.</param>
    /// <param name="random">Null: select every field down to <paramref name="maxDepth"/>; otherwise a random subset.</param>
    public GeneratedOperation Build(string operation, IReadOnlyList<PathStep> path, Func<ArgumentSite, object?> values, int maxDepth, Random? random = null)
    {
        var variables = new Dictionary<string, object?>();
        var slots = new List<VariableSlot>();
        var body = new StringBuilder();
        for (var i = 0; i < path.Count; i++)
        {
            if (i > 0) body.Append(" { ");
            if (i < path.Count - 1)
            {
                AppendName(body, path[i].ParentType, path[i].Field, i, values, variables, slots);
            }
            else
            {
                AppendField(body, path[i].ParentType, path[i].Field, i, i + maxDepth, random, values, variables, slots);
            }
        }
        for (var i = 1; i < path.Count; i++) body.Append(" }");
        var definitions = slots.Count == 0 ? ""
            : "(" + string.Join(", ", slots.Select(s => $"${s.Name}: {s.Site.Argument.Type.ToGraphQL()}")) + ")";
        return new GeneratedOperation(operation, path.Select(p => p.Field.Name).ToArray(), $"{operation}{definitions} {{ {body} }}", variables, slots);
    }

    /// <summary>The selection set of a type, as <see cref="Build(string, Field, Func{ArgumentSite, object?}, int, Random?)"/> writes it.</summary>
    public string Selection(string typeName, Func<ArgumentSite, object?> values, int maxDepth, Random? random,
        Dictionary<string, object?> variables, List<VariableSlot> slots, int depth = 0)
    {
        var text = new StringBuilder();
        AppendSelection(text, schema[typeName], depth, depth + maxDepth, random, values, variables, slots);
        return text.ToString();
    }

    public string RootType(string operation) => operation == "mutation" ? schema.MutationType! : schema.QueryType;

    private void AppendField(StringBuilder text, string parentType, Field field, int depth, int maxDepth, Random? random,
        Func<ArgumentSite, object?> values, Dictionary<string, object?> variables, List<VariableSlot> slots)
    {
        AppendName(text, parentType, field, depth, values, variables, slots);
        var type = schema[field.Type.NamedType];
        if (type.IsLeaf) return;
        text.Append(' ');
        AppendSelection(text, type, depth, maxDepth, random, values, variables, slots);
    }

    private void AppendSelection(StringBuilder text, SchemaType type, int depth, int maxDepth, Random? random,
        Func<ArgumentSite, object?> values, Dictionary<string, object?> variables, List<VariableSlot> slots)
    {
        text.Append("{ ");
        if (!type.IsObject)
        {
            text.Append("__typename }");
            return;
        }
        var selected = 0;
        foreach (var child in type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            var childType = schema[child.Type.NamedType];
            if (!childType.IsLeaf && depth + 1 > maxDepth) continue;
            if (random is not null && random.Next(3) == 0) continue;
            if (selected++ > 0) text.Append(' ');
            AppendField(text, type.Name, child, depth + 1, maxDepth, random, values, variables, slots);
        }
        if (selected == 0) text.Append("__typename");
        text.Append(" }");
    }

    private static void AppendName(StringBuilder text, string parentType, Field field, int depth,
        Func<ArgumentSite, object?> values, Dictionary<string, object?> variables, List<VariableSlot> slots)
    {
        text.Append(field.Name);
        var arguments = new List<string>();
        foreach (var argument in field.Args)
        {
            var site = new ArgumentSite(parentType, field, argument, depth);
            var value = values(site);
            if (ReferenceEquals(value, Omit))
            {
                if (argument.IsRequired) throw new InvalidOperationException($"{parentType}.{field.Name}({argument.Name}) is required but got no value.");
                continue;
            }
            var name = "v" + slots.Count;
            slots.Add(new VariableSlot(name, site));
            variables[name] = value;
            arguments.Add($"{argument.Name}: ${name}");
        }
        if (arguments.Count > 0) text.Append('(').Append(string.Join(", ", arguments)).Append(')');
    }
}
