"use server";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { changeMembership, createCity, updateCity } from "./commands.server";
import { cityFields, cityFormSchema, membershipChangeSchema, membershipFields, type CityField, type MembershipField } from "./schemas";

export async function createCityAction(_prev: FormState<CityField>, formData: FormData): Promise<FormState<CityField>> {
  return handleForm({
    formData,
    fields: cityFields,
    schema: cityFormSchema,
    namespace: "cityForm",
    permission: "city.create",
    run: (user, input) => createCity(getDb(), user, input),
    redirectTo: (city) => `/cities/${city.slug}?saved=created`,
  });
}

export async function updateCityAction(cityId: string, _prev: FormState<CityField>, formData: FormData): Promise<FormState<CityField>> {
  return handleForm({
    formData,
    fields: cityFields,
    schema: cityFormSchema,
    namespace: "cityForm",
    permission: "city.update",
    run: (user, input) => updateCity(getDb(), user, cityId, input),
    redirectTo: (city) => `/cities/${city.slug}?saved=updated`,
  });
}

export async function changeMembershipAction(
  city: { id: string; slug: string },
  _prev: FormState<MembershipField>,
  formData: FormData,
): Promise<FormState<MembershipField>> {
  return handleForm({
    formData,
    fields: membershipFields,
    schema: membershipChangeSchema,
    namespace: "membershipForm",
    permission: "city.changeMembership",
    run: (user, input) => changeMembership(getDb(), user, city.id, input),
    redirectTo: () => `/cities/${city.slug}?saved=membership`,
  });
}
