namespace LeadPlatform.Soak;

/// <summary>The soak's command line: <c>--name value</c> pairs.</summary>
public sealed record SoakOptions(Uri Url, string AdminKey, double Minutes, int? HostPid, int Rate, int Workers, string Out)
{
    public static SoakOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            values[args[i][2..]] = args[i + 1];
        }
        string Required(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");
        return new SoakOptions(
            new Uri(Required("url")),
            Required("admin-key"),
            double.Parse(values.GetValueOrDefault("minutes", "30"), System.Globalization.CultureInfo.InvariantCulture),
            values.TryGetValue("pid", out var pid) ? int.Parse(pid) : null,
            int.Parse(values.GetValueOrDefault("rate", "60")),
            int.Parse(values.GetValueOrDefault("workers", "12")),
            values.GetValueOrDefault("out", "soak-results"));
    }
}
