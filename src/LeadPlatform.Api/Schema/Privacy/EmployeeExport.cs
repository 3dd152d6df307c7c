namespace LeadPlatform.Api.Schema.Privacy;

/// <summary>The answer to <c>exportEmployeeData</c>: every stored fact about the employee as one JSON document.</summary>
public sealed record EmployeeExport(string EmployeeId, DateTimeOffset ExportedAt, string Document);
