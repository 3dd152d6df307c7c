using GraphQL.Types;
using LeadPlatform.Domain.Coaching.Feedback;

namespace LeadPlatform.Api.Schema.Types;

public sealed class PitfallKindType : EnumerationGraphType<PitfallKind>
{
    public PitfallKindType() => Name = "PitfallKind";
}
