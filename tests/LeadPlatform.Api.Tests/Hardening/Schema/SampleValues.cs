namespace LeadPlatform.Api.Tests.Hardening.Schema;

/// <summary>
/// A valid value for a non-id argument, by its type (and name where the type alone does not say what is valid,
/// e.g. a pulse score of 1..5). Ids come from the caller, which knows whose ids it wants to send.
/// </summary>
public static class SampleValues
{
    public static string InAWeek => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd");

    /// <param name="id">The value for an ID (by argument); null leaves ids to the caller (an error here).</param>
    public static object? For(SchemaModel schema, ArgumentSite site, Func<ArgumentSite, object?>? id = null) =>
        Value(schema, site.Argument.Type, site.Argument.Name, site, id);

    private static object? Value(SchemaModel schema, TypeRef type, string name, ArgumentSite site, Func<ArgumentSite, object?>? id)
    {
        if (type.Kind == "NON_NULL") return Value(schema, type.OfType!, name, site, id);
        if (type.Kind == "LIST") return new[] { Value(schema, type.OfType!, name, site, id) };
        var named = schema[type.Name!];
        return named.Kind switch
        {
            "ENUM" => Enum(named),
            "INPUT_OBJECT" => named.InputFields.Where(f => f.IsRequired)
                // An id inside an input object is placed by the input field's name (e.g. tracks: [{ managerId }]).
                .ToDictionary(f => f.Name, f => Value(schema, f.Type, f.Name, site with { Argument = f }, id)),
            _ => Scalar(named.Name, name, site, id),
        };
    }

    private static string Enum(SchemaType type) => type.Name switch
    {
        // A key for a person of an organisation is the common case; PLATFORM_ADMIN keys need the platform tenant.
        "Role" => "EMPLOYEE",
        _ => type.EnumValues[0],
    };

    private static object? Scalar(string type, string name, ArgumentSite site, Func<ArgumentSite, object?>? id) => type switch
    {
        "ID" => id is not null ? id(site) : throw new InvalidOperationException($"No id for {site.ParentType}.{site.Field.Name}({name})."),
        "String" => name switch
        {
            "text" => "What would you like to try first?",
            "after" or "before" => null,
            _ => "Sample " + name,
        },
        "Int" => name switch
        {
            "energy" or "engagement" => 3,
            "windowDays" or "days" => 30,
            _ => 5,
        },
        "Long" => 5,
        "Float" or "Decimal" => 0.5,
        "Boolean" => false,
        "Date" or "DateOnly" => InAWeek,
        "DateTime" or "DateTimeOffset" => DateTimeOffset.UtcNow.ToString("O"),
        _ => "Sample " + name,
    };
}
