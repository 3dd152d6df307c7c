using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Security;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Types;

public sealed class CoachingSessionType : ObjectGraphType<CoachingSessionInfo>
{
    private const string Private = "Null with a FORBIDDEN error for anyone but the session's manager and employee.";

    public CoachingSessionType()
    {
        Name = "CoachingSession";
        Description = "A GROW conversation: GOAL → REALITY → OPTIONS → WILL → COMPLETED. Its structure is visible to the "
            + "organisation's admins; what was said (goal, notes, questions, pitfalls, feedback) only to its manager and employee.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<GrowStageType>>("stage").Resolve(c => c.Source.Stage);
        Field<NonNullGraphType<StringGraphType>>("allowedNow").Description("What can be done in the current stage.")
            .Resolve(c => GrowSessionRules.AllowedNow(c.Source.Stage, c.Source.Actions.Length));
        Field<NonNullGraphType<LanguageType>>("language").Description("The language of prompts and feedback.").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<ManagerType>>("manager").ResolveAsync(async c => await c.Reader().Manager(c.Source.ManagerId));
        Field<NonNullGraphType<EmployeeType>>("employee").ResolveAsync(async c => await c.Reader().Employee(c.Source.EmployeeId));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<DateTimeOffsetGraphType>("completedAt").Resolve(c => c.Source.CompletedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionItemType>>>>("actions").Resolve(c => c.Source.Actions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("prompts")
            .Description("Open questions for the current stage (REALITY includes summarising and asking for the feeling).")
            .Argument<LanguageType>("language", "The session's language when omitted.")
            .Resolve(c => GrowStageMachine.Prompts(c.Source.Stage, c.GetArgument<Language?>("language") ?? c.Source.Language));

        Field<StringGraphType>("goal").Authorize(Policies.ContentOfSourceSession).Description(Private).Resolve(c => c.Source.Goal);
        Field<ListGraphType<NonNullGraphType<StageNoteType>>>("notes").Authorize(Policies.ContentOfSourceSession)
            .Description("Notes per stage, in the order written. " + Private).Resolve(c => c.Source.Notes);
        Field<ListGraphType<NonNullGraphType<RecordedQuestionType>>>("questions").Authorize(Policies.ContentOfSourceSession)
            .Description("The manager's recorded questions with their analysis. " + Private).Resolve(c => c.Source.Questions);
        Field<ListGraphType<NonNullGraphType<PitfallType>>>("pitfalls").Authorize(Policies.ContentOfSourceSession)
            .Description("Pitfalls found, quoting the sentence that showed them. " + Private).Resolve(c => c.Source.Feedback.Pitfalls);
        Field<SessionFeedbackType>("feedback").Authorize(Policies.ContentOfSourceSession)
            .Description("Open-question ratio and pitfalls. " + Private).Resolve(c => c.Source.Feedback);
    }
}
