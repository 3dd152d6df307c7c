using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema.Types;

public sealed class EmployeeType : ObjectGraphType<EmployeeInfo>
{
    public EmployeeType()
    {
        Name = "Employee";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<TeamType>>("team").ResolveAsync(async c => await c.Reader().Team(c.Source.TeamId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssessmentType>>>>("assessments").Authorize(Policies.PersonalDataOfSourceEmployee)
            .Description("The newest assessment per task, newest first.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IEmployeeGrain>(c.Source.Id).GetAssessments());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssessmentComparisonType>>>>("assessmentComparisons")
            .Authorize(Policies.PersonalDataOfSourceEmployee)
            .Description("Per task, the manager's and the employee's own newest assessment side by side with the gap; newest first.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IEmployeeGrain>(c.Source.Id).GetAssessmentComparisons());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoachingSessionType>>>>("coachingSessions").Authorize(Policies.PersonalDataOfSourceEmployee)
            .Description("Coaching sessions with this employee, oldest first.")
            .ResolveAsync(async c => await c.Grains().ExistingCoachingSessions(await c.Grains().GetGrain<IEmployeeGrain>(c.Source.Id).GetCoachingSessionIds()));
        Field<StyleRecommendationType>("currentRecommendation").Authorize(Policies.PersonalDataOfSourceEmployee)
            .Description("The style to use now for this task (crisis-aware); null when the task was never assessed.")
            .Argument<NonNullGraphType<StringGraphType>>("task")
            .ResolveAsync(async c => c.Prefetch().TryGet(c.Source.Id, c.GetArgument<string>("task"), out var advice)
                ? advice
                : await c.Grains().GetGrain<IEmployeeGrain>(c.Source.Id).GetRecommendation(c.GetArgument<string>("task")));
    }
}
