using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Domain.Programmes;

/// <summary>
/// Adoption of a group of the programme's managers before and after training. A figure is null while its
/// window has not begun (the training is still ahead, or just over).
/// </summary>
public sealed record GroupEffect(int Managers, AdoptionFigures? Before, AdoptionFigures? After)
{
    public AdoptionChange? Change => Before is null || After is null ? null : AdoptionChange.Between(Before, After);
}
