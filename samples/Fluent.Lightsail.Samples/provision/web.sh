#!/bin/bash
# Runs once, as root, at first boot.
apt-get update
apt-get install -y nginx
systemctl enable --now nginx
