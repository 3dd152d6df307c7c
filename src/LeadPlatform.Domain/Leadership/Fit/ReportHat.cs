namespace LeadPlatform.Domain.Leadership.Fit;

/// <summary>One direct report: the style their level calls for and the hat the manager wears most with them.</summary>
public sealed record ReportHat(string EmployeeId, LeadershipStyle Recommended, Hat MostUsedHat);
