namespace Fluent.Lightsail.Reliability.Tests.BadInput;

/// <summary>
/// A template that fixes nothing, so that every member reaches the generated builder from the call: the bad-input
/// tests drive real generated code (this project runs the generator) rather than a hand-written imitation.
/// </summary>
[InstanceTemplate]
internal sealed partial class OpenProbe;
