using Orleans;

namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>The coaching pitfalls from the method that a session's utterances can reveal.</summary>
[GenerateSerializer, Alias("leadplatform.PitfallKind")]
public enum PitfallKind { SolutionTooFast, TherapyDrift, ClosedQuestionsDominate, IntuitionWithoutFacts }
