using GraphQL.Types;

namespace LeadPlatform.Api.Schema.Privacy;

public sealed class EmployeeExportType : ObjectGraphType<EmployeeExport>
{
    public EmployeeExportType()
    {
        Name = "EmployeeExport";
        Description = "Every stored fact about one employee (GDPR access and portability), as one JSON document.";
        Field<NonNullGraphType<IdGraphType>>("employeeId").Resolve(c => c.Source.EmployeeId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("exportedAt").Resolve(c => c.Source.ExportedAt);
        Field<NonNullGraphType<StringGraphType>>("document")
            .Description("JSON: profile, team, assessments, selfAssessments, coachingSessions (goal, notes, questions, actions), "
                + "interactions (hat, note, time, task), teamIdeas and apiKeys (ids and times only, never secrets).")
            .Resolve(c => c.Source.Document);
    }
}
