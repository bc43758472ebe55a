using Fluent.Lightsail;

// Organisation-wide defaults: every template in this assembly inherits them and may override them.
[assembly: TemplateDefaults(KeyPair = "deploy")]
[assembly: Tag("cost-center", "platform")]
[assembly: Tag("managed-by", "fluent-lightsail")]
