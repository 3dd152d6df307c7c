namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>The coaching pitfalls from the method that a session's utterances can reveal.</summary>
public enum PitfallKind { SolutionTooFast, TherapyDrift, ClosedQuestionsDominate, IntuitionWithoutFacts }
