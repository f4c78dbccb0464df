using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Senate.ChatBot.Language;
using Senate.ChatBot.Language.Clu;
using Senate.ChatBot.Language.Embedded;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.UnitTests.Language;

public sealed class LanguageSetupTests
{
    [Fact]
    public async Task Without_an_endpoint_the_embedded_recognizer_is_used()
    {
        await using var services = Services([]);

        Assert.IsType<EmbeddedRecognizer>(services.GetRequiredService<IIntentRecognizer>());
    }

    [Fact]
    public async Task With_an_endpoint_the_CLU_adapter_is_used()
    {
        await using var services = Services(new() { ["Clu:Endpoint"] = "https://clu.example/", ["Clu:Key"] = "k" });

        Assert.IsType<CluRecognizer>(services.GetRequiredService<IIntentRecognizer>());
    }

    [Fact]
    public async Task An_endpoint_without_a_key_is_refused_and_named()
    {
        await using var services = Services(new() { ["Clu:Endpoint"] = "https://clu.example/" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CluOptions>>().Value);
        Assert.Contains("Clu__Key", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton(LanguageFiles.ShippedModel)
            .AddLogging()
            .AddLanguageUnderstanding()
            .BuildServiceProvider();
}
