using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema.Types;

public sealed class StageNoteType : ObjectGraphType<StageNote>
{
    public StageNoteType()
    {
        Name = "StageNote";
        Description = "Notes the manager wrote during one GROW stage.";
        Field<NonNullGraphType<GrowStageType>>("stage").Resolve(c => c.Source.Stage);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("writtenAt").Resolve(c => c.Source.WrittenAt);
    }
}
