using System.Text;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Domain.Onboarding;

/// <summary>
/// Reads an onboarding file with the columns team, manager, employee: a header row (any order, any case),
/// comma or semicolon separated (whichever the header uses), RFC 4180 quoting (quotes, doubled quotes,
/// separators and line breaks inside quotes), UTF-8 with or without BOM. Every row has the header's number of
/// fields (empty ones for no manager or employee). Bad rows are reported by line and skipped; good rows are kept.
/// </summary>
public static class StructureCsv
{
    public const int MaxRows = 50_000;

    private static readonly string[] Columns = ["team", "manager", "employee"];

    public static StructureFile Parse(string? text)
    {
        var rows = new List<StructureRow>();
        var errors = new List<StructureRowError>();
        var records = Records(text?.TrimStart('\uFEFF') ?? "").ToList();
        if (records.Count == 0 || records[0].Fields.All(string.IsNullOrWhiteSpace))
            return new([], [new(1, "The file is empty: expected a header row with team, manager, employee.")]);

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        var index = Columns.ToDictionary(c => c, c => Array.IndexOf(header, c));
        if (index["team"] < 0)
            return new([], [new(records[0].Line, $"The header must name the columns team, manager, employee (found: {string.Join(", ", header)}).")]);
        // Other columns may be there (an HR export has more), but one that stands in for a missing manager or employee
        // column (a typo, another language) would silently import no one: say so instead.
        var unknown = header.Where(name => name.Length > 0 && !Columns.Contains(name)).ToArray();
        var missing = Columns.Where(column => index[column] < 0).ToArray();
        if (unknown.Length > 0 && missing.Length > 0)
            return new([], [new(records[0].Line,
                $"The header has no {string.Join(" or ", missing)} column but names {string.Join(", ", unknown.Select(u => $"'{u}'"))}: the columns are team, manager, employee (any order, any case).")]);

        foreach (var record in records.Skip(1))
        {
            if (record.Unclosed)
            {
                errors.Add(new(record.Line, "A quote opened on this row is never closed: the rest of the file was not read."));
                break;
            }
            if (record.Fields.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count + errors.Count >= MaxRows)
            {
                errors.Add(new(record.Line, $"The file has more than {MaxRows} rows; the rest was not read."));
                break;
            }
            // Too few is as wrong as too many: "Finance" alone, or "HR;Henk;Ilse" in a comma file, would make a team of it.
            if (record.Fields.Count != header.Length)
            {
                errors.Add(new(record.Line, $"Expected {header.Length} columns, found {record.Fields.Count}."));
                continue;
            }
            string? Cell(string column) =>
                index[column] is var i and >= 0 && !string.IsNullOrWhiteSpace(record.Fields[i]) ? record.Fields[i] : null;

            var problems = new List<string>();
            string? Name(string column, bool required)
            {
                var raw = Cell(column);
                if (raw is null)
                {
                    if (required) problems.Add($"{column} must not be empty");
                    return null;
                }
                var (name, error) = DisplayName.Validate(raw);
                if (error is not null) problems.Add($"{column} {error}");
                return name;
            }

            var team = Name("team", required: true);
            var manager = Name("manager", required: false);
            var employee = Name("employee", required: false);
            if (problems.Count > 0) errors.Add(new(record.Line, string.Join("; ", problems) + "."));
            else rows.Add(new(record.Line, team!, manager, employee));
        }
        return new(rows, errors);
    }

    /// <param name="Unclosed">A quote opened in this record runs to the end of the text.</param>
    private sealed record Record(int Line, List<string> Fields, bool Unclosed = false);

    /// <summary>Splits the text into records, honouring quotes; the separator is the one the header line uses.</summary>
    private static IEnumerable<Record> Records(string text)
    {
        var separator = SeparatorOf(text);
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && field.ToString().Trim().Length == 0) { field.Clear(); quoted = true; }
            else if (c == separator) { fields.Add(field.ToString().Trim()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString().Trim());
                yield return new Record(recordLine, fields);
                fields = [];
                field.Clear();
                line++;
                recordLine = line;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0 || quoted)
        {
            fields.Add(field.ToString().Trim());
            yield return new Record(recordLine, fields, Unclosed: quoted);
        }
    }

    private static char SeparatorOf(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }
}
