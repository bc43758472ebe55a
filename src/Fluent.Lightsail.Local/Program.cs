// The standalone local Lightsail endpoint; the CreateInstances issue fills it in.
return 0;
