namespace LeadPlatform.Abstractions.Grains;

/// <summary>A gateway's API-key cache, told by <see cref="IApiKeyChangeHubGrain"/> when a key stops speaking for its principal.</summary>
[Alias("leadplatform.IApiKeyChangeObserver")]
public interface IApiKeyChangeObserver : IGrainObserver
{
    /// <summary>Drops the key; completing is the gateway's confirmation that it will not use the key's cached principal again.</summary>
    [Alias("KeyChanged")] Task KeyChanged(string keyId);
}
