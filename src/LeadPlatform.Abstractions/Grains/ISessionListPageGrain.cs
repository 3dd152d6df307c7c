namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// One sealed page of an employee's coaching session ids (key: <c>{employeeId}/sessions-{page}</c>, see
/// <see cref="Domain.Coaching.SessionListLayout"/>), written and read by the employee only.
/// </summary>
[Alias("leadplatform.ISessionListPageGrain")]
public interface ISessionListPageGrain : ITenantOwnedGrain
{
    /// <summary>Stores page <paramref name="page"/>'s session ids, oldest first.</summary>
    [Alias("Write")] Task Write(int page, string[] sessionIds);

    /// <summary>Page <paramref name="page"/>'s session ids; none when the grain holds another page (or nothing).</summary>
    [Alias("Read")] Task<string[]> Read(int page);

    /// <summary>Removes the page from the store (the employee is erased).</summary>
    [Alias("Clear")] Task Clear();
}
