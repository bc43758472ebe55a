using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>
/// The builder's final stage, the same for every template: every required member is set. Override the template's values,
/// add tags, then build the request or create the instances. A template's <c>Named(...)</c> leads here, through a step
/// for each required member the template leaves open (docs/design/builder-contract.md).
/// </summary>
/// <remarks>
/// An immutable value: each method returns a new stage and leaves this one as it was, so a stage can be kept, reused and
/// branched, and a chain allocates nothing until <see cref="Build"/>. A <see langword="default"/> stage was never started
/// and cannot build.
/// </remarks>
public readonly partial struct InstanceBuilder : IInstanceBuilderStage
{
    private readonly InstanceBuilderState _state;

    private InstanceBuilder(InstanceBuilderState state) => _state = state;

    /// <summary>Starts a chain for one instance; generated <c>Named(string)</c> methods call it.</summary>
    /// <param name="template">The template's values.</param>
    /// <param name="instanceName">The instance's name.</param>
    /// <returns>A stage holding the template's values.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static InstanceBuilder Start(InstanceTemplateValues template, string instanceName) => new(InstanceBuilderState.Start(template, instanceName));

    /// <summary>Starts a chain for several instances; the array is copied.</summary>
    /// <param name="template">The template's values.</param>
    /// <param name="instanceNames">The instances' names, one instance per name.</param>
    /// <returns>A stage holding the template's values.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static InstanceBuilder Start(InstanceTemplateValues template, string[] instanceNames) => new(InstanceBuilderState.Start(template, instanceNames));

    /// <summary>Starts a chain for several instances; the sequence is read once, in order.</summary>
    /// <param name="template">The template's values.</param>
    /// <param name="instanceNames">The instances' names, one instance per name.</param>
    /// <returns>A stage holding the template's values.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static InstanceBuilder Start(InstanceTemplateValues template, IEnumerable<string> instanceNames) => new(InstanceBuilderState.Start(template, instanceNames));

    /// <summary>Sets the availability zone, replacing the template's (or the one an earlier step gave).</summary>
    /// <param name="availabilityZone">The availability zone, such as <c>us-east-2a</c>.</param>
    /// <returns>A new stage with this change; this one stays as it was.</returns>
    public InstanceBuilder InZone(string availabilityZone) => new(_state.WithAvailabilityZone(availabilityZone));

    /// <summary>Sets the blueprint, replacing the template's (or the one an earlier step gave).</summary>
    /// <param name="blueprintId">The blueprint ID, such as <c>ubuntu_24_04</c> (see <see cref="Blueprints"/>).</param>
    /// <returns>A new stage with this change; this one stays as it was.</returns>
    public InstanceBuilder WithBlueprint(string blueprintId) => new(_state.WithBlueprint(blueprintId));

    /// <summary>Sets the bundle, replacing the template's (or the one an earlier step gave).</summary>
    /// <param name="bundleId">The bundle ID, such as <c>small_3_0</c> (see <see cref="Bundles"/>).</param>
    /// <returns>A new stage with this change; this one stays as it was.</returns>
    public InstanceBuilder WithBundle(string bundleId) => new(_state.WithBundle(bundleId));

    /// <summary>Sets the name of the key pair, replacing the template's; without one, the Region's default key pair is used.</summary>
    /// <param name="keyPairName">The name of an existing key pair in the instance's Region.</param>
    /// <returns>A new stage with this change; this one stays as it was.</returns>
    public InstanceBuilder WithKeyPair(string keyPairName) => new(_state.WithKeyPair(keyPairName));

    /// <summary>Adds a tag; it replaces a tag with the same key that the template or the assembly defines.</summary>
    /// <param name="key">The tag key.</param>
    /// <param name="value">The tag value, or <see langword="null"/> for a key-only tag.</param>
    /// <returns>A new stage with this change; this one stays as it was.</returns>
    public InstanceBuilder WithTag(string key, string? value = null) => new(_state.WithTag(key, value));

    /// <summary>Sets the launch script, run once at first boot, replacing the template's.</summary>
    /// <param name="userData">The script text, sent as is (not base64).</param>
    /// <returns>A new stage with this change; this one stays as it was.</returns>
    public InstanceBuilder WithUserData(string userData) => new(_state.WithUserData(userData));

    /// <summary>Enables the AutoSnapshot add-on, one snapshot a day at the given UTC hour; replaces the template's time.</summary>
    /// <param name="timeOfDay">The hour in UTC as <c>HH:00</c>.</param>
    /// <returns>A new stage with this change; this one stays as it was.</returns>
    public InstanceBuilder WithAutoSnapshot(string timeOfDay) => new(_state.WithAutoSnapshot(timeOfDay));

    /// <summary>Disables the AutoSnapshot add-on, whether the template or an earlier call enabled it.</summary>
    /// <returns>A new stage with this change; this one stays as it was.</returns>
    public InstanceBuilder WithoutAutoSnapshot() => new(_state.WithoutAutoSnapshot());

    /// <summary>Enables the StopInstanceOnIdle add-on (Lightsail for Research only); replaces the template's settings.</summary>
    /// <param name="threshold">The CPU utilisation percentage, as a whole number such as <c>"5"</c>.</param>
    /// <param name="duration">The idle time in minutes, as a whole number such as <c>"30"</c>.</param>
    /// <returns>A new stage with this change; this one stays as it was.</returns>
    public InstanceBuilder WithStopInstanceOnIdle(string threshold, string duration) => new(_state.WithStopInstanceOnIdle(threshold, duration));

    /// <summary>Disables the StopInstanceOnIdle add-on, whether the template or an earlier call enabled it.</summary>
    /// <returns>A new stage with this change; this one stays as it was.</returns>
    public InstanceBuilder WithoutStopInstanceOnIdle() => new(_state.WithoutStopInstanceOnIdle());

    /// <summary>Sets the IP address type, replacing the template's; without one, the service default <c>dualstack</c> is used.</summary>
    /// <param name="ipAddressType">The IP address type; a string such as <c>"ipv6"</c> converts implicitly.</param>
    /// <returns>A new stage with this change; this one stays as it was.</returns>
    public InstanceBuilder WithIpAddressType(IpAddressType ipAddressType) => new(_state.WithIpAddressType(ipAddressType));

    /// <summary>
    /// Builds a new <see cref="CreateInstancesRequest"/> from the template's values and this chain's calls, validating it
    /// with every Lightsail rule first. The stage stays usable.
    /// </summary>
    /// <returns>The request for <c>CreateInstances</c>.</returns>
    /// <exception cref="LightsailValidationException">A value breaks a Lightsail rule; the exception lists every violation.</exception>
    /// <exception cref="System.InvalidOperationException">The stage is <see langword="default"/>: it was not started with a template's <c>Named(...)</c>.</exception>
    public CreateInstancesRequest Build() => _state.Build();

    /// <summary>
    /// Builds the request as <see cref="Build"/> does, validating it before any network call, and sends it with
    /// <c>CreateInstances</c>.
    /// </summary>
    /// <param name="client">The Lightsail client, such as a <see cref="LightsailClient"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The operations Lightsail started, one per instance;
    /// <see cref="CreatedInstances.WaitAsync(ILightsailClient, CancellationToken)"/> waits for them to finish.
    /// </returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="client"/> is <see langword="null"/>.</exception>
    /// <exception cref="LightsailValidationException">A value breaks a Lightsail rule; nothing was sent.</exception>
    /// <remarks>
    /// An instance method, so that it wins over the <c>CreateAsync(IAmazonLightsail, …)</c> extension the generator adds when
    /// the project references AWSSDK.Lightsail: <c>CreateAsync(null)</c> binds here and throws, on every C# version.
    /// </remarks>
    public Task<CreatedInstances> CreateAsync(ILightsailClient client, CancellationToken cancellationToken = default)
        => InstanceCreation.CreateAsync(client, _state.Build(), cancellationToken);
}
