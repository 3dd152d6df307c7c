namespace LeadPlatform.Api.Tests;

[Collection(HostCollection.Name)]
public sealed class RecommendationApiTests(HostFixture fixture)
{
    [Theory]
    [InlineData("LOW", "HIGH", false, "D1", "DIRECTING", true, false, false)]
    [InlineData("LOW", "LOW", false, "D2", "COACHING", true, true, false)]
    [InlineData("HIGH", "VARIABLE", false, "D3", "SUPPORTING", false, true, false)]
    [InlineData("HIGH", "HIGH", false, "D4", "DELEGATING", false, false, false)]
    [InlineData("HIGH", "HIGH", true, "D4", "DIRECTING", true, false, true)]
    public async Task RecommendStyle_follows_the_table(string competence, string commitment, bool crisis,
        string level, string style, bool directive, bool supportive, bool crisisOverride)
    {
        var r = (await fixture.Host.Graph(
            "query($c:Competence!,$m:Commitment!,$x:Boolean){ recommendStyle(competence:$c, commitment:$m, crisis:$x){ developmentLevel style directive supportive crisisOverride rationale nl: suggestedQuestions en: suggestedQuestions(language: EN) } }",
            new { c = competence, m = commitment, x = crisis })).Ok().At("recommendStyle");
        Assert.Equal(level, r.GetProperty("developmentLevel").GetString());
        Assert.Equal(style, r.GetProperty("style").GetString());
        Assert.Equal(directive, r.GetProperty("directive").GetBoolean());
        Assert.Equal(supportive, r.GetProperty("supportive").GetBoolean());
        Assert.Equal(crisisOverride, r.GetProperty("crisisOverride").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("rationale").GetString()));
        Assert.True(r.GetProperty("nl").GetArrayLength() >= 3);
        Assert.NotEqual(r.GetProperty("nl")[0].GetString(), r.GetProperty("en")[0].GetString());
    }

    [Fact]
    public async Task Unknown_enum_value_is_bad_user_input()
    {
        var response = await fixture.Host.Graph("{ recommendStyle(competence: GENIUS, commitment: HIGH){ style } }");
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
    }

    [Fact]
    public async Task AnalyseQuestion_classifies_and_rephrases()
    {
        var closed = (await fixture.Host.Graph("{ analyseQuestion(text: \"Heb je het geprobeerd?\"){ kind givesSolution suggestion } }"))
            .Ok().At("analyseQuestion");
        Assert.Equal("CLOSED", closed.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrWhiteSpace(closed.GetProperty("suggestion").GetString()));

        var open = (await fixture.Host.Graph("{ analyseQuestion(text: \"What have you tried so far?\", language: EN){ kind givesSolution suggestion } }"))
            .Ok().At("analyseQuestion");
        Assert.Equal("OPEN", open.GetProperty("kind").GetString());
        Assert.False(open.GetProperty("givesSolution").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, open.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task AnalyseQuestion_refuses_empty_text_naming_the_argument()
    {
        var response = await fixture.Host.Graph("{ analyseQuestion(text: \"   \"){ kind } }");
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal("text", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }
}
