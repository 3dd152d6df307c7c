using GraphQL.Types;
using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Api.Schema.Programmes;

public sealed class CoachingTrackType : EnumerationGraphType<CoachingTrack>
{
    public CoachingTrackType()
    {
        Name = "CoachingTrack";
        Description = "TRAINING_ONLY: the manager attends the training; TRAINING_AND_COACHING: the training and individual coaching.";
    }
}
