using GraphQL.Types;
using LeadPlatform.Domain.Coaching;

namespace LeadPlatform.Api.Schema.Types;

public sealed class GrowStageType : EnumerationGraphType<GrowStage>
{
    public GrowStageType() => Name = "GrowStage";
}
