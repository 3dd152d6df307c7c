using GraphQL.Types;
using LeadPlatform.Domain.Coaching.FollowUp;

namespace LeadPlatform.Api.Schema.Types;

public sealed class NudgeKindType : EnumerationGraphType<NudgeKind>
{
    public NudgeKindType() => Name = "NudgeKind";
}
