using LeadPlatform.Domain.Coaching.Feedback;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>Wire form of the domain's <see cref="SessionFeedback"/>; its pitfalls travel through <see cref="PitfallSurrogate"/>.</summary>
[GenerateSerializer, Alias("leadplatform.SessionFeedback")]
public struct SessionFeedbackSurrogate
{
    [Id(0)] public double OpenQuestionRatio;
    [Id(1)] public int OpenQuestions;
    [Id(2)] public int ClosedQuestions;
    [Id(3)] public Pitfall[] Pitfalls;
}

[RegisterConverter]
public sealed class SessionFeedbackSurrogateConverter : IConverter<SessionFeedback, SessionFeedbackSurrogate>
{
    public SessionFeedback ConvertFromSurrogate(in SessionFeedbackSurrogate s) =>
        new(s.OpenQuestionRatio, s.OpenQuestions, s.ClosedQuestions, s.Pitfalls ?? []);

    public SessionFeedbackSurrogate ConvertToSurrogate(in SessionFeedback f) => new()
    {
        OpenQuestionRatio = f.OpenQuestionRatio,
        OpenQuestions = f.OpenQuestions,
        ClosedQuestions = f.ClosedQuestions,
        Pitfalls = [.. f.Pitfalls],
    };
}
