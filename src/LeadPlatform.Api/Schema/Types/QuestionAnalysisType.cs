using GraphQL.Types;
using LeadPlatform.Domain.Coaching;

namespace LeadPlatform.Api.Schema.Types;

public sealed class QuestionAnalysisType : ObjectGraphType<QuestionAnalysis>
{
    public QuestionAnalysisType()
    {
        Name = "QuestionAnalysis";
        Field<NonNullGraphType<QuestionKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<BooleanGraphType>>("givesSolution")
            .Description("The manager hands over a solution instead of asking.").Resolve(c => c.Source.GivesSolution);
        Field<StringGraphType>("suggestion")
            .Description("An open rephrasing when kind is CLOSED or givesSolution.").Resolve(c => c.Source.Suggestion);
        Field<NonNullGraphType<LanguageType>>("language").Resolve(c => c.Source.Language);
    }
}
