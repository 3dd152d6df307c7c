using Orleans;

namespace LeadPlatform.Domain.Programmes;

/// <summary>What a manager of a programme follows: the training alone, or the training with individual coaching.</summary>
[GenerateSerializer, Alias("leadplatform.CoachingTrack")]
public enum CoachingTrack
{
    TrainingOnly,
    TrainingAndCoaching,
}
