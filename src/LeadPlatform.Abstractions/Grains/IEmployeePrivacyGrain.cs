using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// GDPR export and erasure of one employee (key: the employee's id), done across every grain that holds data
/// about them. Holds no state; one activation per employee keeps two erasures of the same person from interleaving.
/// </summary>
[Alias("leadplatform.IEmployeePrivacyGrain")]
public interface IEmployeePrivacyGrain : ITenantOwnedGrain
{
    /// <summary>Every stored fact about the employee, gathered with concurrent calls; NOT_FOUND when unknown or erased.</summary>
    [Alias("Export")] Task<EmployeeDataExport> Export();

    /// <summary>
    /// Removes the employee's personal data from every grain; adoption counts stay. Idempotent and resumable: after a
    /// failure, calling it again finishes the job. NOT_FOUND once nothing is left.
    /// </summary>
    [Alias("Erase")] Task Erase();
}
