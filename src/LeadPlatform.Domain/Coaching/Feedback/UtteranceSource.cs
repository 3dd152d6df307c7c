namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>Where an utterance comes from: a question the manager asked, or stage notes they wrote.</summary>
public enum UtteranceSource { Question, Note }
