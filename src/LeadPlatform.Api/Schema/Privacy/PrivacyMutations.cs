using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Audit;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema.Privacy;

/// <summary>GDPR mutations (export and erasure of an employee's data), added to the Mutation type.</summary>
internal static class PrivacyMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EmployeeExportType>>("exportEmployeeData").Authorize(Policies.PrivacyOfEmployee("employeeId"))
            .Audited(AuditRule.Argument("employeeId"))
            .Description("Every stored fact about the employee as one JSON document (GDPR access). Admins of the employee's organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("employeeId")
            .ResolveAsync(async c =>
            {
                var export = await Privacy(c).Export();
                return new EmployeeExport(export.Employee.Id, export.ExportedAt, EmployeeExportDocument.Write(export));
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("eraseEmployee").Authorize(Policies.PrivacyOfEmployee("employeeId"))
            .Audited(AuditRule.Argument("employeeId"))
            .Description("Removes the employee's personal data everywhere (GDPR erasure); adoption figures keep their anonymous counts. "
                + "Afterwards the id is NOT_FOUND. After a failure, calling it again finishes the job.")
            .Argument<NonNullGraphType<IdGraphType>>("employeeId")
            .ResolveAsync(async c =>
            {
                await Privacy(c).Erase();
                return true;
            });
    }

    private static IEmployeePrivacyGrain Privacy(IResolveFieldContext c) =>
        c.Grains().GetGrain<IEmployeePrivacyGrain>(Require.Key(c.GetArgument<string>("employeeId"), EntityKinds.Employee, "Employee").ToString());
}
