using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// One slot of an employee's sealed assessment history pages (key: <c>{employeeId}/history-{slot}</c>, see
/// <see cref="Domain.Leadership.AssessmentHistoryLayout"/>), written and read by the employee only.
/// </summary>
[Alias("leadplatform.IAssessmentHistoryPageGrain")]
public interface IAssessmentHistoryPageGrain : ITenantOwnedGrain
{
    /// <summary>Stores page <paramref name="page"/>'s entries, oldest first, in place of what the slot held.</summary>
    [Alias("Write")] Task Write(int page, Assessment[] entries);

    /// <summary>Page <paramref name="page"/>'s entries; none when the slot holds another page (or nothing).</summary>
    [Alias("Read")] Task<Assessment[]> Read(int page);

    /// <summary>Removes the slot from the store (the employee is erased).</summary>
    [Alias("Clear")] Task Clear();
}
