using Orleans;

namespace LeadPlatform.Domain.Coaching;

/// <summary>
/// What a manager's sentence asks for: an open question invites the other person to think and
/// talk; a closed question can be answered with yes or no; a statement asks nothing.
/// </summary>
[GenerateSerializer, Alias("leadplatform.QuestionKind")]
public enum QuestionKind { Open, Closed, Statement }
