namespace LeadPlatform.Domain.Leadership;

/// <summary>How a task name is matched: "Sales  Calls" and "sales calls" are the same task.</summary>
public static class TaskKey
{
    public static string Of(string task) =>
        string.Join(' ', task.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();
}
