using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema.Types;

public sealed class PulseReadingType : ObjectGraphType<PulseReading>
{
    public PulseReadingType()
    {
        Name = "PulseReading";
        Description = "One team pulse: energy and engagement on a 1..5 scale.";
        Field<NonNullGraphType<IntGraphType>>("energy").Resolve(c => c.Source.Energy);
        Field<NonNullGraphType<IntGraphType>>("engagement").Resolve(c => c.Source.Engagement);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(c => c.Source.RecordedAt);
    }
}
