using GraphQL.Types;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Types;

/// <summary>Which hat a style calls for: MANAGER, BOTH, COACH or STEP_ASIDE (delegating).</summary>
public sealed class RecommendedHatType : EnumerationGraphType<HatAdvice>
{
    public RecommendedHatType() => Name = "RecommendedHat";
}
