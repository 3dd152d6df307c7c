using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>Wire form of the domain's <see cref="ProgrammeEffect"/> (see <see cref="StyleAdviceSurrogate"/> for why).</summary>
[GenerateSerializer, Alias("leadplatform.ProgrammeEffect")]
public struct ProgrammeEffectSurrogate
{
    [Id(0)] public int WindowDays;
    [Id(1)] public AdoptionWindow? BeforeWindow;
    [Id(2)] public AdoptionWindow? AfterWindow;
    [Id(3)] public GroupEffect All;
    [Id(4)] public GroupEffect TrainingOnly;
    [Id(5)] public GroupEffect TrainingAndCoaching;
}

[RegisterConverter]
public sealed class ProgrammeEffectSurrogateConverter : IConverter<ProgrammeEffect, ProgrammeEffectSurrogate>
{
    public ProgrammeEffect ConvertFromSurrogate(in ProgrammeEffectSurrogate s) =>
        new(s.WindowDays, s.BeforeWindow, s.AfterWindow, s.All, s.TrainingOnly, s.TrainingAndCoaching);

    public ProgrammeEffectSurrogate ConvertToSurrogate(in ProgrammeEffect e) => new()
    {
        WindowDays = e.WindowDays,
        BeforeWindow = e.BeforeWindow,
        AfterWindow = e.AfterWindow,
        All = e.All,
        TrainingOnly = e.TrainingOnly,
        TrainingAndCoaching = e.TrainingAndCoaching,
    };
}
