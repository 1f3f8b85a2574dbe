import type { NewCustomer } from "../../../src/core/contracts";

/** Invented people at invented companies (reserved `.example` domains), for trying the add-in locally. */
const COMPANIES = [
  { company: "Construcciones Ribera", domain: "construcciones-ribera.example" },
  { company: "Farmacia Alameda", domain: "farmacia-alameda.example" },
  { company: "Transportes Norte", domain: "transportes-norte.example" },
  { company: "Hotel Mirador", domain: "hotel-mirador.example" },
  { company: "Gestoría Luna", domain: "gestoria-luna.example" },
];

const PEOPLE = [
  "María Ángeles Fernández Ruiz",
  "José García López",
  "Ana Martínez Sánchez",
  "Francisco Javier Romero Díaz",
  "Lucía Navarro Gil",
  "Carmen Torres Molina",
  "Antonio Jiménez Ortega",
  "Laura Muñoz Castro",
  "David Álvarez Rubio",
  "Marta Serrano Blanco",
  "Javier Moreno Delgado",
  "Isabel Ramos Vega",
  "Manuel Castillo Herrera",
  "Cristina Iglesias Medina",
  "Pablo Garrido Cortés",
  "Elena Santos Núñez",
  "Sergio Lozano Prieto",
  "Rocío Guerrero Cano",
  "Alberto Méndez Calvo",
  "Pilar Vázquez Domínguez",
  "Raúl Cabrera Fuentes",
  "Beatriz Márquez León",
  "Jorge Peña Soto",
  "Nuria Pascual Herrero",
  "Óscar Aguilar Crespo",
];

const FREE_MAIL_PEOPLE = ["Dolores Benítez Carrasco", "Tomás Vidal Montero", "Inés Caballero Nieto", "Ramón Rey Arias"];

function mailbox(name: string): string {
  const [first, surname] = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(" ");
  return `${first}.${surname}`;
}

export function demoCustomers(): NewCustomer[] {
  const employees = PEOPLE.map((name, index) => {
    const { company, domain } = COMPANIES[index % COMPANIES.length];
    const phone = `+34 91 555 ${String(1000 + index * 37).slice(0, 4)}`;
    return { name, email: `${mailbox(name)}@${domain}`, phone, company };
  });
  const individuals = FREE_MAIL_PEOPLE.map((name) => ({ name, email: `${mailbox(name)}@correo.example` }));
  return [...employees, ...individuals];
}
