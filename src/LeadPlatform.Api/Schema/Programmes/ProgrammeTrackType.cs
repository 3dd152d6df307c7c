using GraphQL.Types;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Api.Schema.Programmes;

/// <summary>Who follows which track: structure (the manager and their name), never per-manager figures.</summary>
public sealed class ProgrammeTrackType : ObjectGraphType<ManagerTrack>
{
    public ProgrammeTrackType()
    {
        Name = "ProgrammeTrack";
        Field<NonNullGraphType<ManagerType>>("manager").ResolveAsync(async c => await c.Reader().Manager(c.Source.ManagerId));
        Field<NonNullGraphType<CoachingTrackType>>("track").Resolve(c => c.Source.Track);
    }
}
