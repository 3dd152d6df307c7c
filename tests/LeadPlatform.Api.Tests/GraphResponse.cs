using System.Text.Json;

namespace LeadPlatform.Api.Tests;

public sealed record GraphResponse(int Status, JsonElement Json, string Raw)
{
    public JsonElement Data => Json.GetProperty("data");

    public bool HasErrors => Json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public string? ErrorCode => HasErrors ? Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    public JsonElement FirstError => Json.GetProperty("errors")[0];

    /// <summary>Fails with the whole body when the response has errors, so a broken test says why.</summary>
    public GraphResponse Ok()
    {
        Assert.False(HasErrors, Raw);
        Assert.Equal(200, Status);
        return this;
    }

    public JsonElement At(params string[] path)
    {
        var element = Data;
        foreach (var part in path) element = element.GetProperty(part);
        return element;
    }
}
