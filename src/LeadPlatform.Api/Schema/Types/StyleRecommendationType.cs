using GraphQL;
using GraphQL.Types;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Types;

public sealed class StyleRecommendationType : ObjectGraphType<StyleAdvice>
{
    public StyleRecommendationType()
    {
        Name = "StyleRecommendation";
        Field<NonNullGraphType<DevelopmentLevelType>>("developmentLevel").Resolve(c => c.Source.DevelopmentLevel);
        Field<NonNullGraphType<LeadershipStyleType>>("style").Resolve(c => c.Source.Style);
        Field<NonNullGraphType<BooleanGraphType>>("directive").Description("High directive behaviour?").Resolve(c => c.Source.Directive);
        Field<NonNullGraphType<BooleanGraphType>>("supportive").Description("High supportive behaviour?").Resolve(c => c.Source.Supportive);
        Field<NonNullGraphType<RecommendedHatType>>("hat").Resolve(c => c.Source.Hat);
        Field<NonNullGraphType<BooleanGraphType>>("crisisOverride").Description("True when a crisis forced DIRECTING.").Resolve(c => c.Source.CrisisOverride);
        Field<NonNullGraphType<StringGraphType>>("rationale").Resolve(c => c.Source.Rationale);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("suggestedQuestions")
            .Description("Open questions a manager can ask in this style.")
            .Argument<LanguageType>("language", a => a.DefaultValue = Language.Nl)
            .Resolve(c => CoachingQuestions.For(c.Source.Style, c.GetArgument("language", Language.Nl)));
    }
}
