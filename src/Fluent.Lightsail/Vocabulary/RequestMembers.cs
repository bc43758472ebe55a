namespace Fluent.Lightsail.Vocabulary;

/// <summary>
/// The request members the DSL sets, defined once. The generator reads the attributes by these names, the analyzers
/// check and locate values by them, and the runtime rules name their findings after <see cref="RequestMember.JsonName"/>.
/// Tags are a list of key/value records, not one member, and are read by <see cref="Attributes.Tag"/>.
/// </summary>
internal static class RequestMembers
{
    /// <summary>The JSON names as constants, for the rules' public member names and for switches.</summary>
    public static class Json
    {
        public const string AvailabilityZone = "availabilityZone";
        public const string Blueprint = "blueprintId";
        public const string Bundle = "bundleId";
        public const string KeyPair = "keyPairName";
        public const string UserData = "userData";
        public const string IpAddressType = "ipAddressType";
        public const string Tags = "tags";
        public const string AutoSnapshot = "addOns.autoSnapshotAddOnRequest";
        public const string SnapshotTime = AutoSnapshot + ".snapshotTimeOfDay";
        public const string StopInstanceOnIdle = "addOns.stopInstanceOnIdleRequest";
        public const string Threshold = StopInstanceOnIdle + ".threshold";
        public const string Duration = StopInstanceOnIdle + ".duration";
    }

    /// <summary>The DSL's attribute class names (namespace <c>Fluent.Lightsail</c>).</summary>
    public static class Attributes
    {
        public const string Namespace = "Fluent.Lightsail";
        public const string InstanceTemplate = "InstanceTemplateAttribute";
        public const string TemplateDefaults = "TemplateDefaultsAttribute";
        public const string Tag = "TagAttribute";
        public const string UserData = "UserDataAttribute";
        public const string UserDataFile = "UserDataFileAttribute";
        public const string AutoSnapshot = "AutoSnapshotAttribute";
        public const string StopInstanceOnIdle = "StopInstanceOnIdleAttribute";

        /// <summary>[Tag(key, value)]'s parameters.</summary>
        public const string TagKey = "key";
        public const string TagValue = "value";

        /// <summary>[UserDataFile(path)]'s parameter: the file whose text becomes <see cref="Json.UserData"/>.</summary>
        public const string UserDataFilePath = "path";
    }

    public static readonly RequestMember AvailabilityZone = new(
        Json.AvailabilityZone, Attributes.InstanceTemplate, "AvailabilityZone", -1, "InZone", "availabilityZone", ValueGroup.AvailabilityZone, "zone");

    public static readonly RequestMember Blueprint = new(
        Json.Blueprint, Attributes.InstanceTemplate, "Blueprint", -1, "WithBlueprint", "blueprintId", ValueGroup.Blueprint, "blueprint", "Fluent.Lightsail.Blueprints");

    public static readonly RequestMember Bundle = new(
        Json.Bundle, Attributes.InstanceTemplate, "Bundle", -1, "WithBundle", "bundleId", ValueGroup.Bundle, "bundle", "Fluent.Lightsail.Bundles");

    public static readonly RequestMember KeyPair = new(
        Json.KeyPair, Attributes.InstanceTemplate, "KeyPair", -1, "WithKeyPair", "keyPairName", ValueGroup.KeyPair, "key pair");

    public static readonly RequestMember IpAddressType = new(
        Json.IpAddressType, Attributes.InstanceTemplate, "IpAddressType", -1, "WithIpAddressType", "ipAddressType", ValueGroup.IpAddressType, "IP address type", "Fluent.Lightsail.IpAddressTypes");

    public static readonly RequestMember UserData = new(
        Json.UserData, Attributes.UserData, "script", 0, "WithUserData", "userData", ValueGroup.UserData, "launch script");

    public static readonly RequestMember SnapshotTime = new(
        Json.SnapshotTime, Attributes.AutoSnapshot, "timeOfDay", 0, "WithAutoSnapshot", "timeOfDay", ValueGroup.AutoSnapshot, "AutoSnapshot time");

    public static readonly RequestMember Threshold = new(
        Json.Threshold, Attributes.StopInstanceOnIdle, "threshold", 0, "WithStopInstanceOnIdle", "threshold", ValueGroup.StopInstanceOnIdle, "idle threshold");

    public static readonly RequestMember Duration = new(
        Json.Duration, Attributes.StopInstanceOnIdle, "duration", 1, "WithStopInstanceOnIdle", "duration", ValueGroup.StopInstanceOnIdle, "idle duration");

    /// <summary>Every single-valued member, in the order the properties and attributes are documented.</summary>
    public static readonly RequestMember[] All = { AvailabilityZone, Blueprint, Bundle, KeyPair, IpAddressType, UserData, SnapshotTime, Threshold, Duration };

    /// <summary>
    /// The members every request needs, in the order a chain asks for the ones a template leaves open: the runtime's
    /// steps (src/Fluent.Lightsail/Steps) are named after the open ones, <c>NeedsAvailabilityZoneAndBundle</c>.
    /// </summary>
    public static readonly RequestMember[] Required = { AvailabilityZone, Blueprint, Bundle };

    /// <summary>The members [InstanceTemplate] and [assembly: TemplateDefaults] set by named property.</summary>
    public static readonly RequestMember[] TemplateProperties = { AvailabilityZone, Blueprint, Bundle, KeyPair, IpAddressType };

    /// <summary>The member with JSON name <paramref name="jsonName"/>, or null.</summary>
    public static RequestMember? Find(string jsonName)
    {
        foreach (var member in All)
        {
            if (member.JsonName == jsonName)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The member a builder method's parameter sets, or null.</summary>
    public static RequestMember? OfBuilderParameter(string method, string parameter)
    {
        foreach (var member in All)
        {
            if (member.BuilderMethod == method && member.BuilderParameter == parameter)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The member a DSL attribute's constructor parameter sets (<c>[AutoSnapshot(timeOfDay)]</c>), or null.</summary>
    public static RequestMember? OfConstructorParameter(string attribute, string parameter)
    {
        foreach (var member in All)
        {
            if (!member.IsTemplateProperty && member.Attribute == attribute && member.Argument == parameter)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The place of <paramref name="member"/> in <see cref="TemplateProperties"/>, or -1.</summary>
    public static int PropertyIndex(RequestMember member) => System.Array.IndexOf(TemplateProperties, member);

    /// <summary>The member a template property (<c>KeyPair</c>) sets, or null.</summary>
    public static RequestMember? OfTemplateProperty(string property)
    {
        foreach (var member in TemplateProperties)
        {
            if (member.Argument == property)
            {
                return member;
            }
        }

        return null;
    }
}
